// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A growable array of trivially copyable values that grows with realloc instead of
// allocate-copy-free. A large block (above the allocator's mmap threshold, which the
// programs fix at 1 MiB: util/AllocatorPolicy.h) is then moved by remapping its pages,
// not copied, so growing an array of tens of megabytes never holds it twice. The tx_id
// set folds its tail into its base in place this way (TxSet::merge).
//
// Only what TxSet needs: std::vector's names, indices as size_t.

#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>

namespace seedscope::ledger {

template <typename T>
class ReallocArray {
    static_assert(std::is_trivially_copyable_v<T>, "moved by realloc");

public:
    ReallocArray() = default;
    ReallocArray(const ReallocArray &o) { assign(o); }
    ReallocArray &operator=(const ReallocArray &o)
    {
        if (this != &o) {
            m_size = 0;
            assign(o);
        }
        return *this;
    }
    ReallocArray(ReallocArray &&o) noexcept : m_data(o.m_data), m_size(o.m_size), m_capacity(o.m_capacity)
    {
        o.m_data = nullptr;
        o.m_size = o.m_capacity = 0;
    }
    ReallocArray &operator=(ReallocArray &&o) noexcept
    {
        if (this != &o) {
            std::free(m_data);
            m_data = o.m_data;
            m_size = o.m_size;
            m_capacity = o.m_capacity;
            o.m_data = nullptr;
            o.m_size = o.m_capacity = 0;
        }
        return *this;
    }
    ~ReallocArray() { std::free(m_data); }

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    size_t capacity() const { return m_capacity; }
    T *data() { return m_data; }
    const T *data() const { return m_data; }
    T &operator[](size_t i) { return m_data[i]; }
    const T &operator[](size_t i) const { return m_data[i]; }
    const T &back() const { return m_data[m_size - 1]; }
    T *begin() { return m_data; }
    T *end() { return m_data + m_size; }
    const T *begin() const { return m_data; }
    const T *end() const { return m_data + m_size; }
    const T *cbegin() const { return m_data; }
    const T *cend() const { return m_data + m_size; }

    void reserve(size_t n)
    {
        if (n > m_capacity)
            reallocate(n);
    }
    // New elements are uninitialised: the caller writes them.
    void resize(size_t n)
    {
        reserve(n);
        m_size = n;
    }
    void push_back(const T &v)
    {
        if (m_size == m_capacity)
            reallocate(m_capacity < 16 ? 16 : m_capacity * 2);
        m_data[m_size++] = v;
    }
    void erase(const T *at)
    {
        const size_t i = size_t(at - m_data);
        std::memmove(m_data + i, m_data + i + 1, (m_size - i - 1) * sizeof(T));
        --m_size;
    }
    void shrink_to_fit()
    {
        if (m_capacity > m_size)
            reallocate(m_size);
    }

private:
    void assign(const ReallocArray &o)
    {
        reserve(o.m_size);
        if (o.m_size)
            std::memcpy(m_data, o.m_data, o.m_size * sizeof(T));
        m_size = o.m_size;
    }
    void reallocate(size_t n)
    {
        if (n == 0) {
            std::free(m_data);
            m_data = nullptr;
            m_capacity = 0;
            return;
        }
        void *p = std::realloc(m_data, n * sizeof(T));
        if (!p)
            throw std::bad_alloc();
        m_data = static_cast<T *>(p);
        m_capacity = n;
    }

    T *m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

} // namespace seedscope::ledger
