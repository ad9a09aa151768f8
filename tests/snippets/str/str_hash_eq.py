d = {"a": 1, "😀": 2, "": 3}
print(d["a"], d["😀"], d[""], "a" in d, "b" in d)
print(hash("") == 0, hash("abc") == hash("ab" + "c"), len({"x", "x" + "", "".join(["x"])}))
s = "".join(["long string " * 30])
print(hash(s) == hash("long string " * 30))
acc = ""
for i in range(100):
    acc += "piece%d " % i
print(len(acc), acc[:20], acc[-10:], hash(acc) == hash(str(acc)), acc == "".join("piece%d " % i for i in range(100)))
