<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>GroupReportPage</name>
    <message numerus="yes">
        <source>%n answers</source>
        <comment>report summary</comment>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students</source>
        <comment>report summary</comment>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <comment>report summary</comment>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <comment>of a question</comment>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students</source>
        <comment>from whom</comment>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times: {answer}</source>
        <translation>
            <numerusform>%n time: {answer}</numerusform>
            <numerusform>%n times: {answer}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n other answers</source>
        <translation>
            <numerusform>… and %n other answer</numerusform>
            <numerusform>… and %n other answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {file}: %n questions.</source>
        <translation>
            <numerusform>Saved {file}: %n question.</numerusform>
            <numerusform>Saved {file}: %n questions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Questions you missed come back until you know them. %n are waiting for you.</source>
        <translation>
            <numerusform>Questions you missed come back until you know them. %n is waiting for you.</numerusform>
            <numerusform>Questions you missed come back until you know them. %n are waiting for you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n question bank files have problems, so they are left out.</source>
        <translation>
            <numerusform>%n question bank file has problems, so it is left out.</numerusform>
            <numerusform>%n question bank files have problems, so they are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message numerus="yes">
        <source>The pack is good: %n banks to install.</source>
        <translation>
            <numerusform>The pack is good: %n bank to install.</numerusform>
            <numerusform>The pack is good: %n banks to install.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed %n banks. Students see them on their topic list now.</source>
        <translation>
            <numerusform>Installed %n bank. Students see it on their topic list now.</numerusform>
            <numerusform>Installed %n banks. Students see them on their topic list now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Too many wrong tries. Wait %n second, then try again.</numerusform>
            <numerusform>Too many wrong tries. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PodiumView</name>
    <message numerus="yes">
        <source>{place}. {team}: %n points</source>
        <translation>
            <numerusform>{place}. {team}: %n point</numerusform>
            <numerusform>{place}. {team}: %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place {place}: {teams}, %n points</source>
        <translation>
            <numerusform>Place {place}: {teams}, %n point</numerusform>
            <numerusform>Place {place}: {teams}, %n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesAdminPage</name>
    <message numerus="yes">
        <source>{name} · %n answers</source>
        <translation>
            <numerusform>{name} · %n answer</numerusform>
            <numerusform>{name} · %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n answers</source>
        <translation>
            <numerusform>{name}: %n answer</numerusform>
            <numerusform>{name}: %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {name} and their %n answers? This cannot be undone.</source>
        <translation>
            <numerusform>Delete {name} and their %n answer? This cannot be undone.</numerusform>
            <numerusform>Delete {name} and their %n answers? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} and {target} are the same person: move %n answers of {name} to {target}, then remove {name}?</source>
        <translation>
            <numerusform>{name} and {target} are the same person: move %n answer of {name} to {target}, then remove {name}?</numerusform>
            <numerusform>{name} and {target} are the same person: move %n answers of {name} to {target}, then remove {name}?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message numerus="yes">
        <source>%n days in a row</source>
        <translation>
            <numerusform>%n day in a row</numerusform>
            <numerusform>%n days in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n different days</source>
        <translation>
            <numerusform>on %n day</numerusform>
            <numerusform>on %n different days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions to practise</source>
        <translation>
            <numerusform>%n question to practise</numerusform>
            <numerusform>%n questions to practise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more come back on later days.</source>
        <translation>
            <numerusform>%n more comes back on a later day.</numerusform>
            <numerusform>%n more come back on later days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n topics</source>
        <translation>
            <numerusform>Show the %n topic</numerusform>
            <numerusform>Show all %n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest %n quizzes are shown.</source>
        <translation>
            <numerusform>The latest quiz is shown.</numerusform>
            <numerusform>The latest %n quizzes are shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectorPage</name>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreboardView</name>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{team}: place {place}, %n points</source>
        <translation>
            <numerusform>{team}: place {place}, %n point</numerusform>
            <numerusform>{team}: place {place}, %n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionSetupPage</name>
    <message numerus="yes">
        <source>{title} (%n questions)</source>
        <translation>
            <numerusform>{title} (%n question)</numerusform>
            <numerusform>{title} (%n questions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions from the chosen banks: {turns} for each of {teams} teams.</source>
        <translation>
            <numerusform>%n question from the chosen banks: {turns} for each of {teams} teams.</numerusform>
            <numerusform>%n questions from the chosen banks: {turns} for each of {teams} teams.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions from the chosen banks.</source>
        <translation>
            <numerusform>%n question from the chosen banks.</numerusform>
            <numerusform>%n questions from the chosen banks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
