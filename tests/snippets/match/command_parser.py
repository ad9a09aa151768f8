# a small command interpreter written with match
def run(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", *_]:
            return "go where?"
        case ["take", item] | ["pick", "up", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "say something"
        case [verb, *_]:
            return f"unknown verb {verb!r}"

for c in ["go north", "go up", "take lamp", "pick up key", "drop a b c", "drop", "exit", "", "dance now"]:
    print(f"{c!r:14} -> {run(c)}")
