def grade(score):
    if score >= 90:
        letter = "A"
    elif score >= 80:
        letter = "B"
    elif score >= 70:
        letter = "C"
    elif score >= 60:
        letter = "D"
    else:
        letter = "F"
    if letter in "AB":
        remark = "good"
    elif letter == "C":
        remark = "ok"
    else:
        if score < 30:
            remark = "very low"
        else:
            remark = "low"
    return letter, remark

for s in [95, 85, 75, 65, 45, 10, 90, 89.99]:
    print(s, grade(s))
