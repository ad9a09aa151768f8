# a wc-like tool: counts of the text read from stdin, options from argv
import sys
text = sys.stdin.read()
counts = {"-l": text.count("\n"), "-w": len(text.split()), "-c": len(text.encode())}
wanted = sys.argv[1:] or ["-l", "-w", "-c"]
print(" ".join(str(counts[flag]) for flag in wanted))
freq = {}
for word in text.lower().split():
    word = word.strip(".,!?")
    freq[word] = freq.get(word, 0) + 1
for word, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]:
    print(f"{n} {word}")
