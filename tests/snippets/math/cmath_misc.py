# cmath's phase/polar/rect/is*/isclose/log with base, constants, conversions and errors.
import cmath, math

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(sorted(n for n in dir(cmath) if not n.startswith('_')))
vals = [0.0, -0.0, 1.0, -1.0, 3.0, 1e308, math.inf, -math.inf, math.nan]
for re in vals:
    row = []
    for im in vals:
        z = complex(re, im)
        try:
            row.append(f'{cmath.phase(z)!r}/{cmath.polar(z)!r}')
        except Exception as e:
            row.append(type(e).__name__)
        try:
            row.append(repr(cmath.rect(re, im)))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(re), ' '.join(row))
print(cmath.isfinite(1+2j), cmath.isinf(complex(1, math.inf)), cmath.isnan(complex(math.nan, 0)), cmath.isfinite(3))
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0j, 1e-10, abs_tol=1e-9))
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(0, 2), cmath.log(-1, 10), cmath.log10(-100))
class C:
    def __complex__(self): return 2j
class F:
    def __float__(self): return 4.0
class I:
    def __index__(self): return 9
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(True), cmath.exp(1), cmath.sqrt(-1))
for t in ['cmath.sqrt()', 'cmath.sqrt(1, 2)', 'cmath.sqrt("a")', 'cmath.sqrt(z=1)', 'cmath.log(1, 2, 3)', 'cmath.log()',
          'cmath.log(0)', 'cmath.rect(1)', 'cmath.rect("a", 1)', 'cmath.isclose(1)', 'cmath.isclose(1, 2, rel_tol=-1)',
          'cmath.exp(1000)', 'cmath.polar(complex(1e308, 1e308))', 'cmath.phase("x")', 'cmath.sqrt(10**400)',
          'cmath.log(2, 0)', 'cmath.log(1, 1)', 'cmath.polar(complex(math.inf, 1e308))', 'cmath.cosh(complex(1000, 1))',
          'cmath.atanh(1)', 'cmath.log(0j)', 'cmath.rect(math.inf, 1)', 'cmath.rect(1, math.inf)']:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
