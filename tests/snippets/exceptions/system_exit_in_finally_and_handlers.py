import sys

def main():
    try:
        print("working")
        sys.exit(2)
    except SystemExit as e:
        print("intercepted", e.code)
        raise SystemExit(e.code + 10)
    finally:
        print("finally runs")

main()
