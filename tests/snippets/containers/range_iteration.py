# range iteration, reversal and membership over many generated ranges, against a list model
import sys
bad = 0
for start in range(-6, 7, 3):
    for stop in range(-7, 8, 2):
        for step in (-5, -3, -2, -1, 1, 2, 3, 7):
            r = range(start, stop, step)
            model = []
            v = start
            while (step > 0 and v < stop) or (step < 0 and v > stop):
                model.append(v)
                v += step
            if list(r) != model: bad += 1
            if list(reversed(r)) != model[::-1]: bad += 1
            if len(r) != len(model): bad += 1
            for x in range(-9, 10):
                if (x in r) != (x in model): bad += 1
                if r.count(x) != model.count(x): bad += 1
            for i in range(-len(model), len(model)):
                if r[i] != model[i]: bad += 1
            for a in (None, -3, 0, 2):
                for b in (None, -1, 4):
                    for c in (None, 2, -1, -2):
                        if list(r[a:b:c]) != model[a:b:c]: bad += 1
print("bad", bad)
big = range(sys.maxsize - 3, sys.maxsize)
print(list(big), len(big), sys.maxsize - 1 in big, list(reversed(big)))
neg = range(-sys.maxsize - 1, -sys.maxsize + 2)
print(list(neg), list(reversed(neg)), neg[-1], neg.index(-sys.maxsize))
print(list(range(0, sys.maxsize, sys.maxsize // 2)), len(range(-sys.maxsize, sys.maxsize, sys.maxsize)))
print(list(range(sys.maxsize, -sys.maxsize - 1, -sys.maxsize)))
