a = 1
b = "ok"
c = "\xzz"
