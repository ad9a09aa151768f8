# An uncaught error three calls deep: one entry per frame, markers under each failing call.
def parse(text):
    return int(text)

def load(items):
    return [parse(x) for x in items]

def main():
    values = load(["1", "2", "three"])
    print(values)

print("start")
main()
