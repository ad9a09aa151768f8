# Rebinding a plain class attribute in a hot loop: instance reads through the class, subclasses, shadowing.
class Base:
    count = 0
    label = "base"

    def __init__(self):
        Base.count += 1

    def read(self):
        return self.count, self.label


class Sub(Base):
    pass


class SubOwn(Base):
    count = 100   # its own: Base.count writes don't reach it


def main():
    objs = [Base(), Sub(), SubOwn()]
    total = 0
    for i in range(3000):
        o = objs[i % 3]
        c, l = o.read()
        total += c
        Base.count += 1
        if i == 1500:
            Base.label = "relabel"
        if i == 2000:
            SubOwn.label = "own"          # a new name in a subclass shadows the base's
        if i == 2500:
            objs[1].count = -5            # instance dict shadows the class value
    print(total, Base.count, Sub.count, SubOwn.count)
    print([o.read() for o in objs])
    print(Base.__dict__["count"], "count" in Sub.__dict__, SubOwn.__dict__["count"])


main()
