# generator pipelines: chained generators, yield from, send(), generator expressions, builtins that
# consume iterators (sum, max, zip, enumerate, any).
# size: numbers fed into the pipeline (default 1800000, quick 90000)
import sys


def numbers(n):
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x


def only(pred, items):
    for item in items:
        if pred(item):
            yield item


def scaled(items, k):
    for item in items:
        yield item % k


def windows(items, width):
    window = []
    for item in items:
        window.append(item)
        if len(window) == width:
            yield tuple(window)
            del window[0]


def flatten(nested):
    for part in nested:
        if isinstance(part, list):
            yield from flatten(part)
        else:
            yield part


def running_mean():
    total = 0
    count = 0
    mean = None
    while True:
        value = yield mean
        total += value
        count += 1
        mean = total // count


def chunks(items, size):
    it = iter(items)
    while True:
        chunk = []
        for item in it:
            chunk.append(item)
            if len(chunk) == size:
                break
        if not chunk:
            return
        yield chunk


def main(n):
    pipeline = windows(scaled(only(lambda x: x % 3 != 0, numbers(n)), 1000), 3)
    print(sum(a + b - c for a, b, c in pipeline))

    best = max((x % 9973, i) for i, x in enumerate(numbers(n // 2)))
    print(best)

    averager = running_mean()
    next(averager)
    mean = 0
    for x in numbers(n // 2):
        mean = averager.send(x % 10007)
    print(mean)

    nested = [[i, [i + 1, [i + 2]]] for i in range(n // 20)]
    print(sum(flatten(nested)))

    print(sum(len(c) * c[0] for c in chunks(range(n), 7)))
    print(any(x < 0 for x in numbers(n // 4)), sum(1 for _ in zip(numbers(n // 4), range(n))))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1800000)
