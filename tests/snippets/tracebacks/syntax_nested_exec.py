# A SyntaxError raised from exec inside a function, caught and chained.
def run(code):
    try:
        exec(code)
    except SyntaxError as e:
        raise RuntimeError(f"bad snippet: {e.msg}") from e

run("for i in range(3) print(i)")
