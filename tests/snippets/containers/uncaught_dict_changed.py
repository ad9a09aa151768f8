# the RuntimeError of a dict resized during iteration, uncaught
counts = {"a": 1, "b": 2}
for key in counts:
    counts[key + "!"] = 0
