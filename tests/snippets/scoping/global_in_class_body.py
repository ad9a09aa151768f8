# global and nonlocal inside class bodies
counter = 0
class Registers:
    global counter
    counter += 1
    local_to_class = "stays in the class"
print(counter, hasattr(Registers, "counter"), Registers.local_to_class)

def factory():
    made = 0
    class Made:
        nonlocal made
        made += 1
        snapshot = made
    return made, Made.snapshot, hasattr(Made, "made")
print(factory())
