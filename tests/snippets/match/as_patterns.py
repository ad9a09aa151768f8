# AS patterns bind the subject of a sub-pattern
def f(v):
    match v:
        case [1 | 2 as small, *rest] as whole:
            return f"small={small} rest={rest} whole={whole}"
        case {"k": [_, _] as pair}:
            return f"pair {pair}"
        case (int() | float()) as number:
            return f"number {number}"
        case str(s) as same:
            return f"{s is same}"

print(f([1, 9, 8]))
print(f([2]))
print(f({"k": (3, 4)}))
print(f(2.5))
print(f("x"))
for src in ["case _ as _: pass", "case 1 as True: pass", "case [x] as x: pass"]:
    try:
        compile("match v:\n    " + src, "<s>", "exec")
        print("ok:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
