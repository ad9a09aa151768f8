def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError:
        return undefined_fallback(text)

load("x")
