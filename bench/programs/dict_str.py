# dict/str-heavy: word counting with dict.get and setdefault, split/join, upper/lower/replace,
# startswith/endswith, slicing, `in` on strings, building strings with += and join.
# size: words in the generated text (default 1200000, quick 70000)
import sys

SYLLABLES = ["ka", "ri", "to", "mel", "an", "zu", "po", "ver", "li", "sa", "ne", "dor"]


def make_words(n):
    words = []
    x = 7
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + (x >> 8) % 3
        w = ""
        y = x >> 12
        for _ in range(k):
            w += SYLLABLES[y % len(SYLLABLES)]
            y //= len(SYLLABLES)
        words.append(w.capitalize() if x % 17 == 0 else w)
    return words


def main(n):
    words = make_words(n)
    text = " ".join(words)
    lines = []
    for i in range(0, len(words), 12):
        lines.append(" ".join(words[i:i + 12]) + ".")
    doc = "\n".join(lines)

    counts = {}
    for line in doc.split("\n"):
        for w in line.rstrip(".").lower().split():
            counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print(len(counts), top)

    by_first = {}
    for w in counts:
        by_first.setdefault(w[0], []).append(w)
    print(sorted((k, len(v)) for k, v in by_first.items()))

    caps = sum(1 for w in words if w[0].isupper())
    ends = sum(1 for w in words if w.endswith("ver") or w.startswith("zu"))
    inner = sum(1 for w in words if "an" in w)
    print(caps, ends, inner)

    replaced = text.replace("ka", "KA").replace("zu", "")
    print(len(replaced), replaced.count("KA"), replaced.find("KAKAKA"))

    out = ""
    for w in words[: n // 4]:
        if len(w) > 4:
            out += w[::-1][:3] + "-"
    print(len(out), out[:40])

    acronyms = "".join(line[0] for line in lines if line)
    print(len(acronyms), acronyms[:30], acronyms.upper().count("K"))

    pairs = {}
    for a, b in zip(words, words[1:]):
        key = a[:2] + "|" + b[-2:]
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
    print(len(pairs), max(pairs.values()))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1200000)
