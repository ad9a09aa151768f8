import copy
class BA(bytearray):
    pass
print(copy.copy(b'cp'), copy.deepcopy(bytearray(b'dc')), copy.copy(BA(b'x')), type(copy.copy(BA(b'x'))).__name__)
b = bytearray(b'orig')
c = copy.copy(b)
c.append(33)
print(b, c, copy.deepcopy([b'x', bytearray(b'y')]))
