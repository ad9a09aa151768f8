board = [['_'] * 3] * 3
board[1][2] = 'X'
print(board)
print(board[0] is board[1], board[1] is board[2])
board = [['_'] * 3 for _ in range(3)]
board[1][2] = 'X'
print(board)
print(board[0] is board[1])
row = ['_'] * 3
weird = []
for i in range(3):
    weird.append(row)
weird[0][0] = 'O'
print(weird)
nested = [[]] * 2
nested[0].append(1)
print(nested, len(nested))
copies = [list(r) for r in [[0, 0]] * 2]
copies[0][0] = 9
print(copies)
