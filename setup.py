"""Ship the top-level questions/ and assets/ folders inside the wheel.

They live at the top of the repository (where campaign staff edit them), so
they are mapped onto package names here; quizapp.core.paths finds them in a
checkout and in an installed copy alike.
"""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["quizapp", "quizapp.*"]),
        "quizapp.bundled_questions",
        "quizapp.bundled_assets",
    ],
    package_dir={
        "quizapp.bundled_questions": "questions",
        "quizapp.bundled_assets": "assets",
    },
    package_data={
        "quizapp.bundled_questions": ["*.yaml", "**/*"],
        "quizapp.bundled_assets": ["**/*"],
    },
)
