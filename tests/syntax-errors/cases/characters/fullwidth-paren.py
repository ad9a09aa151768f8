f（x）
