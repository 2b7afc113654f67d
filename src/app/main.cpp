// SPDX-FileCopyrightText: 2026 Kaiwa contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

int main(int argc, char *argv[])
{
    Application app(argc, argv);
    app.start();
    return Application::exec();
}
