import sys

class Replacement:
    x = "attribute of the replacement"
    def __repr__(self):
        return "<Replacement>"

original = sys.modules[__name__]
sys.modules[__name__] = Replacement()
