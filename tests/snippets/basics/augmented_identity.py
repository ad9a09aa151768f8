l = [1, 2, 3]
orig = l
l += [4, 5]
print(l, l is orig, orig)
l = l + [6]
print(l is orig, orig)
t = (1, 2, 3)
orig_t = t
t += (4, 5)
print(t, t is orig_t, orig_t)
s = "ab"
orig_s = s
s += "cd"
print(s, s is orig_s, orig_s)
d = {1: 2}
orig_d = d
d |= {3: 4}
print(d, d is orig_d)
st = {1}
orig_st = st
st |= {2}
print(sorted(st), st is orig_st)
def extend(seq):
    seq += [99]
    return seq
mine = [0]
print(extend(mine), mine)
def extend_tuple(seq):
    seq += (99,)
    return seq
mine_t = (0,)
print(extend_tuple(mine_t), mine_t)
x = [1]
y = x
y *= 3
print(x, y is x)
