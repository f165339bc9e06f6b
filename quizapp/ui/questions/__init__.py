"""One widget per question kind, and the views of mock messages and images."""
