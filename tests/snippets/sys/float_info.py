# sys.float_info describes IEEE doubles
import sys
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.rounds, fi.max_exp, fi.min_exp)
print(fi.max_10_exp, fi.min_10_exp, fi.max * 2, 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(type(fi).__name__, len(fi), fi[0] == fi.max)
print(type(fi)(range(11)).radix)
try:
    type(fi)([1])
except TypeError as e:
    print("TypeError:", e)
