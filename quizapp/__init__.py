"""quizapp: an offline quiz app for anti-trafficking awareness camps."""

__version__ = "0.1.0"
