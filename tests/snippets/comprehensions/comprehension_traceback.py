# a traceback passes through the <listcomp> frame
def parse_all(items):
    return [int(s) for s in items]

def run():
    print(parse_all(["1", "2"]))
    print(parse_all(["3", "four"]))

run()
