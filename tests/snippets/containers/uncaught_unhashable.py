# unhashable set element, uncaught
tags = [["x"], ["y"]]
seen = set()
for t in tags:
    seen.add(t)
