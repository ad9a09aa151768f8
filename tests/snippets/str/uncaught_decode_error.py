data = b"ok \xff bad"
print(str(data, "utf-8", "replace"))
str(data, "utf-8")
