# list comprehensions: list/dict/set comprehensions, nested loops and conditions, generator
# expressions consumed by sum/any/all, comprehensions over strings, zip, enumerate and ranges.
# size: range length (default 2500000, quick 150000)
import sys


def main(n):
    squares = [i * i for i in range(n)]
    evens = [x for x in squares if x % 2 == 0]
    print(len(evens), sum(evens) % 1000000007)

    grid = [[(r * c) % 10 for c in range(300)] for r in range(n // 300 + 1)]
    flat = [v for row in grid for v in row if v > 4]
    print(len(grid), len(flat), sum(flat))

    index = {i: i % 97 for i in range(n)}
    inverse = {v: k for k, v in index.items()}
    print(len(index), len(inverse), inverse[13])

    residues = {x % 1009 for x in squares}
    print(len(residues), sorted(residues)[:5])

    pairs = [(i, j) for i in range(200) for j in range(i, 200) if (i + j) % 7 == 0]
    print(len(pairs), pairs[-1])

    text = "".join(chr(97 + i % 26) for i in range(n // 10))
    vowels = [c for c in text if c in "aeiou"]
    print(len(vowels), sum(1 for c in text if c.isalpha()))

    matrix = [[i + j for j in range(60)] for i in range(60)]
    for _ in range(3):
        matrix = [[sum(a * b for a, b in zip(row, col)) % 1009 for col in zip(*matrix)] for row in matrix]
    print(matrix[0][:5], matrix[59][59])

    labelled = [(i, s) for i, s in enumerate(str(x) for x in range(n // 5)) if s.endswith("7")]
    print(len(labelled), labelled[-1])
    print(all(x >= 0 for x in squares), any(x == 49 for x in squares))

    shadow = 5
    nested = [[shadow * k for k in range(j)] for j in range(400)]
    print(sum(len(row) for row in nested), nested[-1][-1])


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2500000)
