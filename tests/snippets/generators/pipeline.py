# a chain of generators processes values lazily, one at a time
log = []

def source(lines):
    for line in lines:
        log.append("read " + line)
        yield line

def strip_comments(lines):
    for line in lines:
        if not line.startswith("#"):
            yield line

def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), int(value)

data = ["a = 1", "# comment", "b = 22", "c=3"]
pipe = parse(strip_comments(source(data)))
print(next(pipe))
print(log)
print(dict(pipe))
print(log)
