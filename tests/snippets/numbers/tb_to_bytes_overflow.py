n = 1000
data = n.to_bytes(2, "big")
print(data)
print(n.to_bytes(1, "big"))
