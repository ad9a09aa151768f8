# hand-rolled option parsing over sys.argv
import sys
options = {"verbose": False, "count": 1}
positional = []
args = iter(sys.argv[1:])
for arg in args:
    match arg:
        case "-v" | "--verbose":
            options["verbose"] = True
        case "-n":
            options["count"] = int(next(args))
        case s if s.startswith("--name="):
            options["name"] = s.partition("=")[2]
        case "--":
            positional.extend(args)
        case s if s.startswith("-"):
            print(f"unknown option {s}", file=sys.stderr)
            sys.exit(2)
        case _:
            positional.append(arg)
print(sorted(options.items()))
print(positional)
for _ in range(options["count"]):
    print("hello", options.get("name", "world"))
