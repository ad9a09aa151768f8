class Slotted:
    __slots__ = ("alpha",)
s = Slotted()
s.alpah = 1
