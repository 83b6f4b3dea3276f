<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ShippingLabel</name>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/layout.py" line="200" />
            <source>%n units</source>
            <translation>
                <numerusform>%n unit</numerusform>
                <numerusform>%n units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PickList</name>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/pick_list.py" line="52" />
            <source>%n orders</source>
            <translation>
                <numerusform>%n order</numerusform>
                <numerusform>%n orders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/pick_list.py" line="53" />
            <source>%n units</source>
            <translation>
                <numerusform>%n unit</numerusform>
                <numerusform>%n units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PackingSlip</name>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/slip.py" line="186" />
            <source>%n units</source>
            <translation>
                <numerusform>%n unit</numerusform>
                <numerusform>%n units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Manifest</name>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/manifest.py" line="48" />
            <source>%n shipments</source>
            <translation>
                <numerusform>%n shipment</numerusform>
                <numerusform>%n shipments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/manifest.py" line="50" />
            <source>%n parcels</source>
            <translation>
                <numerusform>%n parcel</numerusform>
                <numerusform>%n parcels</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShiftReport</name>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="101" />
            <source>%n orders packed</source>
            <translation>
                <numerusform>%n order packed</numerusform>
                <numerusform>%n orders packed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="102" />
            <source>%n still open</source>
            <translation>
                <numerusform>%n still open</numerusform>
                <numerusform>%n still open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="103" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n waiting to sync</numerusform>
                <numerusform>%n waiting to sync</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="104" />
            <source>%n open exceptions</source>
            <translation>
                <numerusform>%n open exception</numerusform>
                <numerusform>%n open exceptions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="156" />
            <source>%n units</source>
            <translation>
                <numerusform>%n unit</numerusform>
                <numerusform>%n units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BatchesController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="92" />
            <source>{0} batches, %n orders</source>
            <translation>
                <numerusform>{0} batches, %n order</numerusform>
                <numerusform>{0} batches, %n orders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="218" />
            <source>%n orders not verified yet</source>
            <translation>
                <numerusform>%n order not verified yet</numerusform>
                <numerusform>%n orders not verified yet</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="214" />
            <source>{0}: %n orders still open</source>
            <translation>
                <numerusform>{0}: %n order still open</numerusform>
                <numerusform>{0}: %n orders still open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="219" />
            <source>Carrier cut-off {0} passed: %n orders missed today's collection</source>
            <translation>
                <numerusform>Carrier cut-off {0} passed: %n order missed today's collection</numerusform>
                <numerusform>Carrier cut-off {0} passed: %n orders missed today's collection</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompletionController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/completion.py" line="65" />
            <source>Ship {0} short, {1} of %n units missing?</source>
            <translation>
                <numerusform>Ship {0} short, {1} of %n unit missing?</numerusform>
                <numerusform>Ship {0} short, {1} of %n units missing?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/completion.py" line="103" />
            <source>%n units missing: scan them, or press F9 to ship partial</source>
            <translation>
                <numerusform>%n unit missing: scan it, or press F9 to ship partial</numerusform>
                <numerusform>%n units missing: scan them, or press F9 to ship partial</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PackController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="81" />
            <source>Parked {0}: {1} of %n units scanned. Scan its slip to continue</source>
            <translation>
                <numerusform>Parked {0}: {1} of %n unit scanned. Scan its slip to continue</numerusform>
                <numerusform>Parked {0}: {1} of %n units scanned. Scan its slip to continue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="91" />
            <source>Continuing {0} that {1} parked: {2} of %n units</source>
            <translation>
                <numerusform>Continuing {0} that {1} parked: {2} of %n unit</numerusform>
                <numerusform>Continuing {0} that {1} parked: {2} of %n units</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="94" />
            <source>Continuing {0}: {1} of %n units</source>
            <translation>
                <numerusform>Continuing {0}: {1} of %n unit</numerusform>
                <numerusform>Continuing {0}: {1} of %n units</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="120" />
            <source>Resumed {0}: {1} of %n units were scanned before the restart</source>
            <translation>
                <numerusform>Resumed {0}: {1} of %n unit were scanned before the restart</numerusform>
                <numerusform>Resumed {0}: {1} of %n units were scanned before the restart</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="323" />
            <source>Next scan counts %n units</source>
            <translation>
                <numerusform>Next scan counts %n unit</numerusform>
                <numerusform>Next scan counts %n units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScanWords</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/words.py" line="74" />
            <source>All %n units verified: press F10 to complete</source>
            <translation>
                <numerusform>%n unit verified: press F10 to complete</numerusform>
                <numerusform>All %n units verified: press F10 to complete</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QueueController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/controller.py" line="70" />
            <source>Filter on: %n of {0} orders shown (Esc clears it)</source>
            <translation>
                <numerusform>Filter on: %n of {0} orders shown (Esc clears it)</numerusform>
                <numerusform>Filter on: %n of {0} orders shown (Esc clears it)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/controller.py" line="77" />
            <source>%n orders waiting</source>
            <translation>
                <numerusform>%n order waiting</numerusform>
                <numerusform>%n orders waiting</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StationShell</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/shell/station.py" line="384" />
            <source>Loading the queue: %n orders…</source>
            <translation>
                <numerusform>Loading the queue: %n order…</numerusform>
                <numerusform>Loading the queue: %n orders…</numerusform>
            </translation>
        </message>
    </context>
</TS>
