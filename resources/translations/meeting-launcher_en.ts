<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../launcher/ui/main_window.py" line="+877"/>
        <source>You are in %n meeting(s).</source>
        <translation>
            <numerusform>You are in %n meeting.</numerusform>
            <numerusform>You are in %n meetings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomsView</name>
    <message numerus="yes">
        <location filename="../../launcher/ui/rooms_view.py" line="+442"/>
        <source>{n} of %n room(s)</source>
        <translation>
            <numerusform>{n} of %n room</numerusform>
            <numerusform>{n} of %n rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemeRow</name>
    <message numerus="yes">
        <location filename="../../launcher/ui/themes/row.py" line="+61"/>
        <source>Used by %n room(s)</source>
        <translation>
            <numerusform>Used by %n room</numerusform>
            <numerusform>Used by %n rooms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemesView</name>
    <message numerus="yes">
        <location filename="../../launcher/ui/themes/list.py" line="+456"/>
        <source>✓ %n room(s) updated</source>
        <translation>
            <numerusform>✓ %n room updated</numerusform>
            <numerusform>✓ %n rooms updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>“{name}” is used by %n room(s). Delete it anyway?</source>
        <translation>
            <numerusform>“{name}” is used by %n room. Delete it anyway?</numerusform>
            <numerusform>“{name}” is used by %n rooms. Delete it anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <location filename="../../launcher/ui/tray.py" line="+100"/>
        <location line="+22"/>
        <source>%n visitor(s) waiting</source>
        <translation>
            <numerusform>%n visitor waiting</numerusform>
            <numerusform>%n visitors waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli_new</name>
    <message numerus="yes">
        <location filename="../../launcher/core/room_cli.py" line="+96"/>
        <source>--name is %n characters long; at most {limit} are allowed</source>
        <translation>
            <numerusform>--name is %n character long; at most {limit} are allowed</numerusform>
            <numerusform>--name is %n characters long; at most {limit} are allowed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli_selftest</name>
    <message numerus="yes">
        <location filename="../../launcher/web/selftest.py" line="+527"/>
        <source>the last %n lines the checks logged</source>
        <translation>
            <numerusform>the last %n line the checks logged</numerusform>
            <numerusform>the last %n lines the checks logged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rooms</name>
    <message numerus="yes">
        <location filename="../../launcher/ui/roomtext.py" line="+81"/>
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>In a meeting now · %n person(s)</source>
        <translation>
            <numerusform>In a meeting now · %n person</numerusform>
            <numerusform>In a meeting now · %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>themes</name>
    <message numerus="yes">
        <location filename="../../launcher/ui/themes/apply.py" line="+272"/>
        <source>%n room(s) selected</source>
        <translation>
            <numerusform>%n room selected</numerusform>
            <numerusform>%n rooms selected</numerusform>
        </translation>
    </message>
</context>
</TS>
