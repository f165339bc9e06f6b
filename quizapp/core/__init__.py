"""The Qt-free heart of quizapp: banks, loading, grading, sessions, the store."""
