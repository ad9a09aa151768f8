# Compiled code's subscript misses (exact dict, list, tuple) raise without a .NET throw: the exception, its
# args, context and traceback as CPython's, caught in the frame or leaving it.
import sys
def main():
    d = {1: 2, (1, 2): 3}
    l = [1, 2, 3]; t = (4, 5)
    miss = 0
    for i in range(5000):
        try: d[i % 3]
        except KeyError as e: miss += 1; last = e
        try: l[i % 5]
        except IndexError as e: miss += 1; le = e
        try: t[-(i % 4)]
        except IndexError as e: miss += 1; te = e
        try: d[(i, 2)]
        except KeyError as e: ke = e
        try:
            try: d['x']
            except KeyError: raise ValueError('v')
        except ValueError as e: ve = e
    print(miss, repr(last), last.args, repr(le), repr(te), ke.args, repr(ve.__context__), ve.__context__.__traceback__.tb_lineno)
    print(last.__traceback__.tb_lineno, last.__traceback__.tb_next)
def boom():
    for i in range(3000):
        x = {}[i] if i == 2999 else i
main()
try: boom()
except KeyError as e:
    import traceback; traceback.print_exc()  # stderr: the runner puts {DIR} for the folder there
boom()
