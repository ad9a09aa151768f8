def connect(host, port, *, timeout):
    return host, port, timeout

def setup():
    print(connect("a", 1, timeout=2))
    return connect("b", port=2)

setup()
