try:
    raise ValueError("original message")
except ValueError as e:
    e.add_note("first note")
    e.add_note("second note")
    print(e.__notes__, str(e))

err = TypeError("with notes")
try:
    err.add_note(42)
except TypeError as e:
    print("TypeError:", e)

def validate(rows):
    for i, row in enumerate(rows):
        try:
            int(row)
        except ValueError as e:
            e.add_note(f"while validating row {i}")
            raise

validate(["1", "2", "three"])
