// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/MappingGuard.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <csignal>
#include <cstdint>
#include <mutex>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace seedscope::evidence {

#ifdef Q_OS_UNIX
namespace {

struct Slot {
    std::atomic<std::uintptr_t> start{0};
    std::atomic<std::size_t> length{0};
    std::atomic<std::atomic_bool *> changed{nullptr};
};

Slot g_slots[kMaxGuardedMappings];
struct sigaction g_previous;
std::once_flag g_installed;
bool g_installOk = false;

void onSigbus(int sig, siginfo_t *info, void *context)
{
    const auto addr = reinterpret_cast<std::uintptr_t>(info ? info->si_addr : nullptr);
    for (Slot &s : g_slots) {
        const std::uintptr_t start = s.start.load(std::memory_order_acquire);
        if (start == 0 || addr < start || addr - start >= s.length.load(std::memory_order_acquire))
            continue;
        const std::uintptr_t page = addr & ~(std::uintptr_t(sysconf(_SC_PAGESIZE)) - 1);
        void *p = mmap(reinterpret_cast<void *>(page), std::size_t(sysconf(_SC_PAGESIZE)), PROT_READ,
                       MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            break; // cannot repair: fall through to the previous disposition
        if (std::atomic_bool *flag = s.changed.load(std::memory_order_acquire))
            flag->store(true, std::memory_order_relaxed);
        return; // the faulting load re-executes and reads zeros
    }
    // Not ours: behave as if we had never been installed.
    if (g_previous.sa_flags & SA_SIGINFO) {
        if (g_previous.sa_sigaction) {
            g_previous.sa_sigaction(sig, info, context);
            return;
        }
    } else if (g_previous.sa_handler != SIG_DFL && g_previous.sa_handler != SIG_IGN && g_previous.sa_handler) {
        g_previous.sa_handler(sig);
        return;
    }
    signal(sig, SIG_DFL); // the instruction faults again and the process ends as it would have
}

void install()
{
    struct sigaction sa = {};
    sa.sa_sigaction = onSigbus;
    sa.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    g_installOk = sigaction(SIGBUS, &sa, &g_previous) == 0;
}

} // namespace

bool registerGuardedMapping(const void *start, std::size_t length, std::atomic_bool *changed)
{
    std::call_once(g_installed, install);
    if (!g_installOk || !start || length == 0)
        return false;
    for (Slot &s : g_slots) {
        std::uintptr_t expected = 0;
        // Claim the slot with a placeholder so the handler ignores it until it is complete.
        if (!s.start.compare_exchange_strong(expected, 1, std::memory_order_acq_rel))
            continue;
        s.length.store(0, std::memory_order_release);
        s.changed.store(changed, std::memory_order_release);
        s.length.store(length, std::memory_order_release);
        s.start.store(reinterpret_cast<std::uintptr_t>(start), std::memory_order_release);
        return true;
    }
    return false;
}

void unregisterGuardedMapping(const void *start)
{
    const auto key = reinterpret_cast<std::uintptr_t>(start);
    for (Slot &s : g_slots) {
        if (s.start.load(std::memory_order_acquire) != key)
            continue;
        s.length.store(0, std::memory_order_release);
        s.changed.store(nullptr, std::memory_order_release);
        s.start.store(0, std::memory_order_release);
        return;
    }
}

#else

bool registerGuardedMapping(const void *, std::size_t, std::atomic_bool *) { return false; }
void unregisterGuardedMapping(const void *) {}

#endif

} // namespace seedscope::evidence
