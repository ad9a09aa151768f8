# The pure-Python distributions of random.py on top of _random: exact values after a fixed seed.
import random

random.seed(2023)
print(random.randint(1, 6), random.randrange(0, 100, 7), random.randrange(10**30))
print(random.uniform(-1, 1), random.triangular(0, 10, 3), random.gauss(0, 1), random.gauss(5, 2))
print(random.normalvariate(0, 1), random.lognormvariate(0, 0.5), random.expovariate(2.0))
print(random.vonmisesvariate(1.0, 2.0), random.gammavariate(2.5, 1.5), random.gammavariate(0.5, 1.0))
print(random.betavariate(2, 5), random.paretovariate(3), random.weibullvariate(1, 1.5))
print(random.randbytes(12))
l = list(range(30))
random.shuffle(l)
print(l)
print(random.choice("abcdefghij"), random.choice(range(1000)), random.sample(range(10**6), 6))
print(random.sample(["a", "b", "c", "d"], k=4), random.sample(range(5), 3, counts=[1, 2, 3, 4, 5]))
print(random.choices("abc", k=10), random.choices(range(5), weights=[5, 1, 1, 1, 10], k=8))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=6))
print([random.binomialvariate(20, 0.3) for _ in range(5)] if hasattr(random, 'binomialvariate') else 'n/a')
