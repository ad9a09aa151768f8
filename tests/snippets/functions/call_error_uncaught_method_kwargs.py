class Mailer:
    def send(self, to, subject, *, body=""):
        return f"to={to} subject={subject} body={body}"

m = Mailer()
print(m.send("a@x", "hi", body="text"))
print(m.send("a@x", subject="hi", body="x", cc="b@x"))
