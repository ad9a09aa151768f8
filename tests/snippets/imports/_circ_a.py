print("_circ_a: start")
import _circ_b
def from_a():
    return "a function, calling " + _circ_b.from_b()
print("_circ_a: end, _circ_b.ready =", _circ_b.ready)
