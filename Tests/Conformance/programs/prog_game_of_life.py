# Conway's game of life on a small torus: a glider and a blinker for several generations, with population counts
def parse(rows): return {(r, c) for r, line in enumerate(rows) for c, ch in enumerate(line) if ch == "#"}
def step(cells, h, w):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    k = ((r + dr) % h, (c + dc) % w)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in cells)}
def show(cells, h, w): return "\n".join("".join("#" if (r, c) in cells else "." for c in range(w)) for r in range(h))
board = parse([".#......", "..#.....", "###.....", "........", "......#.", "......#.", "......#.", "........"])
H = W = 8
history = []
for gen in range(5):
    print(f"generation {gen}, population {len(board)}"); print(show(board, H, W))
    history.append(frozenset(board))
    board = step(board, H, W)
for _ in range(27): board = step(board, H, W)
print("after 32 generations:", len(board), "cells; glider returned:", frozenset(board) == history[0])
