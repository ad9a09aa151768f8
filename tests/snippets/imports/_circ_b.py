print("_circ_b: start")
import _circ_a
print("_circ_b sees partial _circ_a; has from_a:", hasattr(_circ_a, "from_a"))
def from_b():
    return "b function"
def call_a():
    return _circ_a.from_a()
ready = True
print("_circ_b: end")
