from array import array

a = array("B", [1, 2, 3])
print(a)
a.append(256)
