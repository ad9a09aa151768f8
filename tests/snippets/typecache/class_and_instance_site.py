# One attribute site that sees a class, its instances, and its metaclass's instances in turn.
class K:
    v = 1

    def m(self=None):
        return "m"


class L(K):
    v = 2


def main():
    things = [K, K(), L, L(), type, int, 5]
    out = []
    for i in range(2800):
        o = things[i % 7]
        try:
            out.append((o.v, o.m()))
        except AttributeError as e:
            out.append(str(e))
        if i == 1400:
            K.v = 10
            L.m = lambda self=None: "lm"
    print(out[:7])
    print(out[-7:])


main()
