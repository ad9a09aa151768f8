s = "abc"
print(s.strip() is s, s.lstrip("x") is s, s.replace("x", "y") is s, s.center(2) is s, s.ljust(3) is s, s.zfill(1) is s, s.expandtabs() is s)
print(s.removeprefix("x") is s, s.removesuffix("") is s, s[:] is s, str(s) is s, s.format() is s, "".join([s]) is s, s * 1 is s, s + "" is s)
print(s.partition("x")[0] is s, s.split("x")[0] is s, s.rpartition("x")[2] is s)
