class Broken:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None)
        raise RuntimeError("exit failed")

def main():
    with Broken():
        raise ValueError("body failed")

main()
