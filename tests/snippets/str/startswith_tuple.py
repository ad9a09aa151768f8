s = "filename.tar.gz"
print(s.endswith((".gz", ".bz2")), s.endswith((".zip",)), s.startswith(("file", "dir")), s.startswith(()), s.endswith(("",)))
print(s.endswith(".tar", 0, -3), s.startswith("name", 4), s.startswith(("x", "name"), 4, 8), s.endswith(("tar", "gz"), 0, 12))
print("😀x".startswith(("😀",)), "x😀".endswith(("y", "😀")), "".startswith(""), "".endswith(("", "a")))
for bad in [(1,), ("a", None), [".gz"], None, b"f"]:
    try:
        s.startswith(bad)
    except TypeError as e:
        print(e)
    try:
        s.endswith(bad)
    except TypeError as e:
        print(e)
